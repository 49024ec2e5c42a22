/* Native harness: calls a kernel's run() a given number of times and prints
 * JSON with the best CPU time of one call (seconds, the thread's: other load
 * on the machine does not count) and the checksum.
 * Usage: ./kernel [repeats]   (default 3) */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

unsigned long long run(void);

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    int repeats = argc > 1 ? atoi(argv[1]) : 3;
    double best = 1e30;
    unsigned long long checksum = 0;
    for (int i = 0; i < repeats; i++) {
        double t = now();
        unsigned long long c = run();
        double dt = now() - t;
        if (i > 0 && c != checksum) {
            fprintf(stderr, "checksum changed between runs: %llu vs %llu\n", checksum, c);
            return 1;
        }
        checksum = c;
        if (dt < best) best = dt;
    }
    printf("{\"run_s\": %.9f, \"checksum\": \"%llu\"}\n", best, checksum);
    return 0;
}
