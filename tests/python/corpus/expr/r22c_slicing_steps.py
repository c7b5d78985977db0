# slicing with negative and out-of-range indices and steps
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-3:-1], s[::2], s[1::2])
print(s[::-1], s[::-2], s[8:2:-1], s[8:2:-2], s[2:8:-1] == "", s[-1:-4:-1])
print(repr(s[100:]), s[:100], s[-100:3], s[5:2], repr(s[10:]), s[-100:100:3])
print(s[::3], s[::-3], s[None:None:None], s[slice(1, 9, 4)])
print(s[:5:-1], s[5::-1], s[-2::-3], s[3:-3])
i = 4
print(s[:i] + s[i:] == s, s[i:i], len(s[3:7]))
lst = list(range(10))
print(lst[::-1][:3], lst[-3:][::-1], lst[1:-1:2], lst[9:-11:-3])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7))
t = (1, 2, 3)
print(t[::-1], t[5:], t[-1:], t[:0])
for bad in ["s[::0]", "s[1.5:]", "s['a']", "s[10]", "lst[-11]"]:
    try:
        print(eval(bad))
    except (ValueError, TypeError, IndexError) as e:
        print(bad, type(e).__name__ + ":", e)
