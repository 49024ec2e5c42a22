// wc: counts the lines, words and bytes of stdin, like `wc`; with the
// argument "--exit N" exits with status N after printing.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    long lines = 0, words = 0, bytes = 0;
    int c, in_word = 0;
    while ((c = getchar()) != EOF) {
        bytes++;
        if (c == '\n') lines++;
        if (isspace(c)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
    }
    printf("%ld %ld %ld\n", lines, words, bytes);
    fprintf(stderr, "counted %ld bytes\n", bytes);
    if (argc > 2 && strcmp(argv[1], "--exit") == 0) exit(atoi(argv[2]));
    return 0;
}
