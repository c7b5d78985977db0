# time.struct_time and sys.version_info are tuples: concatenation, repetition, slicing, comparison, and tuple's errors
import sys, time
t = time.gmtime(86400 * 365)
print(t[:3] + (12,), t * 1 == tuple(t), 2 * sys.version_info[:1], len(t + t))
print(t.tm_year, t[0], t[-1], t.count(0), t.index(1), 1971 in t, sys.version_info >= (3, 8), sys.version_info[:2] < (4, 0))
for op in (lambda: t + 1, lambda: t * 1.5, lambda: 'ab' * t, lambda: t - 1, lambda: sys.version_info + [1], lambda: t[20]):
    try:
        op()
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
print(sorted([time.gmtime(0), t])[0].tm_year, max(sys.float_info[:1], (0.0,)))
