/* (a) Start-up: a whole process until its first printed line.  Events are
 * left at their default, so cas_print writes to stdout as a program of
 * one's own does. */
#include "bench.h"

static int main_task(void *arg, cas_value *result) {
    (void)arg;
    (void)result;
    return cas_print("first line");
}

int main(void) { return cas_run(main_task, NULL, NULL) ? 1 : 0; }
