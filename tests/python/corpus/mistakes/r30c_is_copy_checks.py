# Checking with "is" whether a "copy" really made a new object.
import copy
s = "immutable text"
t = (1, 2, 3)
l = [1, 2, 3]
fs = frozenset({1, 2})
n = 10 ** 20
print("str:", s[:] is s, str(s) is s, s + "" is s, s * 1 is s, copy.copy(s) is s)
print("tuple:", t[:] is t, tuple(t) is t, t + () is t, t * 1 is t, copy.copy(t) is t)
print("list:", l[:] is l, list(l) is l, copy.copy(l) is l, l * 1 is l)
print("frozenset:", frozenset(fs) is fs, copy.copy(fs) is fs, fs.copy() is fs)
print("int:", int(n) is n, n + 0 is n, n * 1 is n, copy.deepcopy(n) is n)
print("deep tuple:", copy.deepcopy(t) is t, copy.deepcopy((l,)) is (l,))
