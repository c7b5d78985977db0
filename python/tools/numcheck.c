/*
 * numcheck -- the numbers layer (python/num.h) as a line protocol, so that
 * tests/python/num.test.mjs can compare it with python3 byte for byte
 * (tests/python/num_oracle.py is the same protocol over CPython).
 *
 * Input: one operation per line, "op arg arg ...", where
 *   an int is hexadecimal with an optional '-' ("-1f"),
 *   a float is its IEEE bit pattern as 16 hex digits,
 *   a text is its UTF-8 bytes in hex ("" is written "-").
 * Output: one line per operation:
 *   "ok" followed by the results, in the same encodings
 *   (a NaN result is written "nan"), or
 *   "err Name MESSAGE" with the message's UTF-8 in hex, or
 *   "unsupported" for NUM_EUNSUPPORTED (CPython returns a complex).
 */
#include "num.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *tok[16];
static int ntok;

static void die(const char *what)
{
    fprintf(stderr, "numcheck: bad input: %s\n", what);
    exit(2);
}

static uint8_t *unhex(const char *s, size_t *n)
{
    if (strcmp(s, "-") == 0) {
        *n = 0;
        return (uint8_t *)calloc(1, 1);
    }
    size_t len = strlen(s);
    if (len % 2)
        die("odd hex text");
    uint8_t *b = malloc(len / 2 + 1);
    for (size_t i = 0; i < len / 2; i++) {
        unsigned v;
        if (sscanf(s + 2 * i, "%2x", &v) != 1)
            die("hex text");
        b[i] = (uint8_t)v;
    }
    b[len / 2] = 0;
    *n = len / 2;
    return b;
}

static void puthex(const char *s, size_t n)
{
    if (n == 0) {
        fputs(" -", stdout);
        return;
    }
    putchar(' ');
    for (size_t i = 0; i < n; i++)
        printf("%02x", (unsigned char)s[i]);
}

static void getint(int i, mp_int *out)
{
    if (i >= ntok)
        die("missing int");
    if (num_int_parse(out, tok[i], strlen(tok[i]), 16))
        die(tok[i]);
}

static double getf(int i)
{
    if (i >= ntok)
        die("missing float");
    uint64_t u = strtoull(tok[i], NULL, 16);
    double d;
    memcpy(&d, &u, 8);
    return d;
}

/* libtommath's invariant: the digits above used are zero (and 0 is not
 * negative). */
static int well_formed(const mp_int *x)
{
    for (int i = x->used; i < x->alloc; i++)
        if (x->dp[i])
            return 0;
    return x->used > 0 || x->sign == MP_ZPOS;
}

/* a * v written every way the interpreter writes it: into a new mp_int
 * (num_int_mul_i64_new), in place (out is a, grown), over a shorter
 * number (new digits) and over a longer one (the digits above the product
 * must be cleared): each equals want and is well formed. */
static int same_products(const mp_int *a, int64_t v, const mp_int *want)
{
    mp_int n, p, o;
    int ok = well_formed(want);
    if (num_int_mul_i64_new(&n, a, v))
        die("mul_i64_new");
    ok = ok && mp_cmp(&n, want) == MP_EQ && well_formed(&n);
    mp_clear(&n);
    if (mp_init_copy(&p, a) != MP_OKAY || mp_shrink(&p) != MP_OKAY || mp_init(&o) != MP_OKAY)
        die("no memory");
    if (num_int_mul_i64(&p, &p, v)) /* in place, its digits grown */
        die("mul_i64 in place");
    ok = ok && mp_cmp(&p, want) == MP_EQ && well_formed(&p);
    mp_clear(&p);
    if (mp_init_size(&p, 1) != MP_OKAY)
        die("no memory");
    mp_set_u64(&p, 5);
    if (num_int_mul_i64(&p, a, v)) /* over a short number: new digits */
        die("mul_i64 over a short number");
    ok = ok && mp_cmp(&p, want) == MP_EQ && well_formed(&p);
    if (mp_2expt(&o, 28 * 40 + 5) != MP_OKAY || mp_sub_d(&o, 1, &o) != MP_OKAY)
        die("no memory");
    if (num_int_mul_i64(&o, a, v))
        die("mul_i64 over a longer number");
    ok = ok && mp_cmp(&o, want) == MP_EQ && well_formed(&o);
    mp_clear_multi(&p, &o, NULL);
    return ok;
}

static void putint(const mp_int *a)
{
    num_buf b = {0};
    if (num_int_to_base(&b, a, 16, 0))
        die("int output");
    printf(" %s", b.data);
    num_buf_free(&b);
}

static void putf(double d)
{
    if (isnan(d)) {
        fputs(" nan", stdout);
        return;
    }
    uint64_t u;
    memcpy(&u, &d, 8);
    printf(" %016llx", (unsigned long long)u);
}

static void puterr(int rc)
{
    if (rc == NUM_EUNSUPPORTED) {
        puts("unsupported");
        return;
    }
    printf("err %s", num_exc_name(rc));
    const char *m = num_errmsg();
    puthex(m, strlen(m));
    putchar('\n');
}

/* Applies a %-conversion that is the whole of fmt, taking '*' values from
 * tok[first..] before the value. */
static int pct_prepare(num_pct *spec, const char *fmt, size_t n, int *argi)
{
    if (n < 1 || fmt[0] != '%')
        die("pct format");
    int rc = num_pct_parse(spec, fmt, n, 1);
    if (rc)
        return rc;
    if (spec->end != n)
        die("pct format has more than one conversion");
    mp_int t;
    if (mp_init(&t) != MP_OKAY)
        die("out of memory");
    int64_t v = 0;
    if (spec->width_star) {
        getint((*argi)++, &t);
        num_int_get_i64(&t, &v);
        num_pct_set_width(spec, v);
    }
    if (spec->prec_star) {
        getint((*argi)++, &t);
        num_int_get_i64(&t, &v);
        num_pct_set_prec(spec, v);
    }
    mp_clear(&t);
    return 0;
}

int main(void)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    mp_int a, b, c, q, r;
    if (mp_init_multi(&a, &b, &c, &q, &r, NULL) != MP_OKAY)
        die("out of memory");
    while ((len = getline(&line, &cap, stdin)) > 0) {
        if (line[len - 1] == '\n')
            line[--len] = '\0';
        ntok = 0;
        for (char *p = strtok(line, " "); p && ntok < 16; p = strtok(NULL, " "))
            tok[ntok++] = p;
        if (ntok == 0)
            continue;
        const char *op = tok[0];
        num_buf out = {0};
        int rc = 0;
        double x, y;
        /* Each branch sets rc and, on success, prints "ok ..." itself. */
#define OK() fputs("ok", stdout)
#define END() putchar('\n')
        if (!strcmp(op, "setmax")) {
            getint(1, &a);
            int64_t v = 0;
            num_int_get_i64(&a, &v);
            rc = num_set_int_max_str_digits(v);
            if (!rc) {
                OK();
                END();
            }
        } else if (!strcmp(op, "int_parse")) {
            size_t n;
            uint8_t *s = unhex(tok[1], &n);
            rc = num_int_parse(&a, (char *)s, n, atoi(tok[2]));
            free(s);
            if (!rc) {
                OK();
                putint(&a);
                END();
            }
        } else if (!strcmp(op, "int_str") || !strcmp(op, "int_base")) {
            getint(1, &a);
            if (op[4] == 's')
                rc = num_int_str(&out, &a);
            else
                rc = num_int_to_base(&out, &a, atoi(tok[2]), atoi(tok[3]));
            if (!rc) {
                OK();
                puthex(out.data, out.len);
                END();
            }
        } else if (!strcmp(op, "add") || !strcmp(op, "sub") || !strcmp(op, "mul") || !strcmp(op, "floordiv") ||
                   !strcmp(op, "mod") || !strcmp(op, "pow") || !strcmp(op, "and") || !strcmp(op, "or") ||
                   !strcmp(op, "xor") || !strcmp(op, "lshift") || !strcmp(op, "rshift") || !strcmp(op, "gcd")) {
            getint(1, &a);
            getint(2, &b);
            if (!strcmp(op, "add"))
                rc = num_int_add(&c, &a, &b);
            else if (!strcmp(op, "sub"))
                rc = num_int_sub(&c, &a, &b);
            else if (!strcmp(op, "mul"))
                rc = num_int_mul(&c, &a, &b);
            else if (!strcmp(op, "floordiv"))
                rc = num_int_floordiv(&c, &a, &b);
            else if (!strcmp(op, "mod"))
                rc = num_int_mod(&c, &a, &b);
            else if (!strcmp(op, "pow"))
                rc = num_int_pow(&c, &a, &b);
            else if (!strcmp(op, "and"))
                rc = num_int_and(&c, &a, &b);
            else if (!strcmp(op, "or"))
                rc = num_int_or(&c, &a, &b);
            else if (!strcmp(op, "xor"))
                rc = num_int_xor(&c, &a, &b);
            else if (!strcmp(op, "lshift"))
                rc = num_int_lshift(&c, &a, &b);
            else if (!strcmp(op, "rshift"))
                rc = num_int_rshift(&c, &a, &b);
            else
                rc = num_math_gcd(&c, &a, &b);
            if (!rc) {
                OK();
                putint(&c);
                END();
            }
        } else if (!strcmp(op, "divmod")) {
            getint(1, &a);
            getint(2, &b);
            rc = num_int_divmod(&q, &r, &a, &b);
            if (!rc) {
                OK();
                putint(&q);
                putint(&r);
                END();
            }
        } else if (!strcmp(op, "powmod")) {
            getint(1, &a);
            getint(2, &b);
            getint(3, &c);
            rc = num_int_powmod(&q, &a, &b, &c);
            if (!rc) {
                OK();
                putint(&q);
                END();
            }
        } else if (!strcmp(op, "truediv")) {
            getint(1, &a);
            getint(2, &b);
            rc = num_int_truediv(&x, &a, &b);
            if (!rc) {
                OK();
                putf(x);
                END();
            }
        } else if (!strcmp(op, "invert") || !strcmp(op, "neg") || !strcmp(op, "abs") || !strcmp(op, "isqrt") ||
                   !strcmp(op, "factorial")) {
            getint(1, &a);
            if (!strcmp(op, "invert"))
                rc = num_int_invert(&c, &a);
            else if (!strcmp(op, "neg"))
                rc = num_int_neg(&c, &a);
            else if (!strcmp(op, "abs"))
                rc = num_int_abs(&c, &a);
            else if (!strcmp(op, "isqrt"))
                rc = num_math_isqrt(&c, &a);
            else
                rc = num_math_factorial(&c, &a);
            if (!rc) {
                OK();
                putint(&c);
                END();
            }
        } else if (!strcmp(op, "cmp")) {
            getint(1, &a);
            getint(2, &b);
            printf("ok %d\n", num_int_cmp(&a, &b));
        } else if (!strcmp(op, "bitlen")) {
            getint(1, &a);
            printf("ok %llu\n", (unsigned long long)num_int_bit_length(&a));
        } else if (!strcmp(op, "hash")) {
            getint(1, &a);
            printf("ok %lld\n", (long long)num_int_hash(&a));
        } else if (!strcmp(op, "i64")) {
            getint(1, &a);
            int64_t v;
            int fits = num_int_get_i64(&a, &v);
            rc = num_int_set_i64(&b, fits ? v : 0);
            if (!rc) {
                printf("ok %d", fits);
                putint(&b);
                END();
            }
        } else if (!strcmp(op, "to_double")) {
            getint(1, &a);
            rc = num_int_to_double(&a, &x);
            if (!rc) {
                OK();
                putf(x);
                END();
            }
        } else if (!strcmp(op, "from_double") || !strcmp(op, "round_int") || !strcmp(op, "floor") ||
                   !strcmp(op, "ceil")) {
            x = getf(1);
            if (!strcmp(op, "from_double"))
                rc = num_int_from_double(&a, x);
            else if (!strcmp(op, "round_int"))
                rc = num_float_round_int(&a, x);
            else if (!strcmp(op, "floor"))
                rc = num_math_floor(&a, x);
            else
                rc = num_math_ceil(&a, x);
            if (!rc) {
                OK();
                putint(&a);
                END();
            }
        } else if (!strcmp(op, "cmp_double")) {
            getint(1, &a);
            printf("ok %d\n", num_int_cmp_double(&a, getf(2)));
        } else if (!strcmp(op, "float_parse")) {
            size_t n;
            uint8_t *s = unhex(tok[1], &n);
            rc = num_float_parse(&x, (char *)s, n);
            free(s);
            if (!rc) {
                OK();
                putf(x);
                END();
            }
        } else if (!strcmp(op, "repr")) {
            rc = num_float_repr(&out, getf(1));
            if (!rc) {
                OK();
                puthex(out.data, out.len);
                END();
            }
        } else if (!strcmp(op, "fdiv") || !strcmp(op, "ffloordiv") || !strcmp(op, "fmod") || !strcmp(op, "fpow")) {
            x = getf(1);
            y = getf(2);
            double z = 0;
            if (!strcmp(op, "fdiv"))
                rc = num_float_div(&z, x, y);
            else if (!strcmp(op, "ffloordiv"))
                rc = num_float_floordiv(&z, x, y);
            else if (!strcmp(op, "fmod"))
                rc = num_float_mod(&z, x, y);
            else
                rc = num_float_pow(&z, x, y);
            if (!rc) {
                OK();
                putf(z);
                END();
            }
        } else if (!strcmp(op, "fdivmod")) {
            double z1, z2;
            rc = num_float_divmod(&z1, &z2, getf(1), getf(2));
            if (!rc) {
                OK();
                putf(z1);
                putf(z2);
                END();
            }
        } else if (!strcmp(op, "round")) {
            getint(2, &a);
            int64_t nd = 0;
            if (!num_int_get_i64(&a, &nd))
                nd = a.sign == MP_NEG ? INT64_MIN : INT64_MAX;
            rc = num_float_round(&x, getf(1), nd);
            if (!rc) {
                OK();
                putf(x);
                END();
            }
        } else if (!strcmp(op, "is_integer")) {
            printf("ok %d\n", num_float_is_integer(getf(1)));
        } else if (!strcmp(op, "fhash")) {
            printf("ok %lld\n", (long long)num_float_hash(getf(1), NULL));
        } else if (!strcmp(op, "sqrt")) {
            rc = num_math_sqrt(&x, getf(1));
            if (!rc) {
                OK();
                putf(x);
                END();
            }
        } else if (!strcmp(op, "fmt_int") || !strcmp(op, "fmt_float") || !strcmp(op, "fmt_str") ||
                   !strcmp(op, "fmt_bool")) {
            size_t n;
            uint8_t *spec = unhex(tok[2], &n);
            if (!strcmp(op, "fmt_int") || !strcmp(op, "fmt_bool")) {
                getint(1, &a);
                rc = num_format_int(&out, &a, (char *)spec, n, op[4] == 'b' ? "bool" : "int");
            } else if (!strcmp(op, "fmt_float"))
                rc = num_format_float(&out, getf(1), (char *)spec, n, "float");
            else {
                size_t sn;
                uint8_t *s = unhex(tok[1], &sn);
                rc = num_format_str(&out, (char *)s, sn, (char *)spec, n, "str");
                free(s);
            }
            free(spec);
            if (!rc) {
                OK();
                puthex(out.data, out.len);
                END();
            }
        } else if (!strcmp(op, "pct_int") || !strcmp(op, "pct_float") || !strcmp(op, "pct_str")) {
            size_t n;
            uint8_t *fmt = unhex(tok[1], &n);
            num_pct spec;
            int argi = 2;
            rc = pct_prepare(&spec, (char *)fmt, n, &argi);
            if (!rc) {
                if (!strcmp(op, "pct_int")) {
                    getint(argi, &a);
                    rc = num_pct_int(&out, &spec, &a);
                } else if (!strcmp(op, "pct_float"))
                    rc = num_pct_float(&out, &spec, getf(argi));
                else {
                    size_t sn;
                    uint8_t *s = unhex(tok[argi], &sn);
                    rc = num_pct_str(&out, &spec, (char *)s, sn);
                    free(s);
                }
            }
            free(fmt);
            if (!rc) {
                OK();
                puthex(out.data, out.len);
                END();
            }
        } else if (!strcmp(op, "math1")) {
            rc = num_math_unary(atoi(tok[1]), getf(2), &x);
            if (!rc) {
                OK();
                putf(x);
                END();
            }
        } else if (!strcmp(op, "mathlog_int")) {
            getint(2, &a);
            rc = num_math_log_int(atoi(tok[1]), &a, &x);
            if (!rc) {
                OK();
                putf(x);
                END();
            }
        } else if (!strcmp(op, "mpow") || !strcmp(op, "mfmod")) {
            rc = op[1] == 'p' ? num_math_pow(&x, getf(1), getf(2)) : num_math_fmod(&x, getf(1), getf(2));
            if (!rc) {
                OK();
                putf(x);
                END();
            }
        } else if (!strcmp(op, "lcm") || !strcmp(op, "comb") || !strcmp(op, "perm") || !strcmp(op, "perm1")) {
            getint(1, &a);
            if (strcmp(op, "perm1"))
                getint(2, &b);
            if (!strcmp(op, "lcm"))
                rc = num_math_lcm(&c, &a, &b);
            else if (!strcmp(op, "comb"))
                rc = num_math_comb(&c, &a, &b);
            else
                rc = num_math_perm(&c, &a, op[4] == '1' ? NULL : &b);
            if (!rc) {
                OK();
                putint(&c);
                END();
            }
        } else if (!strcmp(op, "int_round")) {
            getint(1, &a);
            getint(2, &b);
            int64_t nd = 0;
            num_int_get_i64(&b, &nd);
            rc = num_int_round(&c, &a, nd);
            if (!rc) {
                OK();
                putint(&c);
                END();
            }
        } else if (!strcmp(op, "add_i64") || !strcmp(op, "mul_i64")) {
            getint(1, &a);
            getint(2, &b);
            int64_t v = 0;
            num_int_get_i64(&b, &v);
            rc = op[0] == 'a' ? num_int_add_i64(&c, &a, v) : num_int_mul_i64(&c, &a, v);
            if (!rc) {
                OK();
                putint(&c);
                if (op[0] == 'm' && !same_products(&a, v, &c))
                    fputs(" (mul_i64_new, in place, or over a shorter or a longer number differ)", stdout);
                END();
            }
        } else if (!strcmp(op, "i64hash")) {
            getint(1, &a);
            int64_t v = 0;
            num_int_get_i64(&a, &v);
            printf("ok %lld\n", (long long)num_i64_hash(v));
        } else if (!strcmp(op, "str_repr")) {
            size_t n;
            uint8_t *s = unhex(tok[1], &n);
            rc = num_str_repr(&out, (char *)s, n);
            free(s);
            if (!rc) {
                OK();
                puthex(out.data, out.len);
                END();
            }
        } else {
            die(op);
        }
        if (rc)
            puterr(rc);
        num_buf_free(&out);
        fflush(stdout);
    }
    free(line);
    mp_clear_multi(&a, &b, &c, &q, &r, NULL);
    return 0;
}
