// files: lists the preopened directory /data (sorted, with sizes), copies
// /data/in.txt upper-cased to /data/out.txt, creates and removes a
// directory, prints the GREETING environment variable; exits with the
// number of entries it listed.
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmp(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int main(void) {
    const char *greeting = getenv("GREETING");
    printf("GREETING=%s\n", greeting ? greeting : "(unset)");
    DIR *d = opendir("/data");
    if (!d) { printf("opendir: %s\n", strerror(errno)); return 100; }
    char *names[256];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 256) {
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp);
    for (int i = 0; i < n; i++) {
        char path[512];
        struct stat st;
        snprintf(path, sizeof path, "/data/%s", names[i]);
        if (stat(path, &st) == 0)
            printf("%s %s %lld\n", S_ISDIR(st.st_mode) ? "d" : "f", names[i], (long long)st.st_size);
    }
    FILE *in = fopen("/data/in.txt", "r");
    FILE *out = fopen("/data/out.txt", "w");
    if (!in || !out) { printf("fopen: %s\n", strerror(errno)); return 101; }
    int c;
    while ((c = fgetc(in)) != EOF) fputc(toupper(c), out);
    fclose(in);
    fclose(out);
    if (mkdir("/data/tmpdir", 0755) != 0 || rmdir("/data/tmpdir") != 0) {
        printf("mkdir/rmdir: %s\n", strerror(errno));
        return 102;
    }
    return n;
}
