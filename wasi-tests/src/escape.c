// escape: tries to leave its preopened directory /box through "..",
// absolute paths and symlinks (given as arguments), for reading and for
// writing, and prints what each attempt got.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        int r = open(argv[i], O_RDONLY);
        int e1 = r < 0 ? errno : 0;
        if (r >= 0) close(r);
        int w = open(argv[i], O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int e2 = w < 0 ? errno : 0;
        if (w >= 0) close(w);
        printf("%s: read %s, write %s\n", argv[i], r >= 0 ? "OPENED" : strerror(e1),
               w >= 0 ? "OPENED" : strerror(e2));
    }
    return 0;
}
