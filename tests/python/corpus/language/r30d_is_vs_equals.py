# "is" versus "==": small int caching, strings, None, and computed values as a course demonstrates
a = 256
b = int("256")
print(a == b, a is b)
c = 257
d = int("257")
print(c == d, c is d)
s1 = "hello"
s2 = "".join(["hel", "lo"])
print(s1 == s2, s1 is s2, s1 is "hello", s1 is s2.__str__())
import sys
print(sys.intern(s2) is s1)
e = [1, 2]
f = e[:]
print(e == f, e is f, e[0] is f[0])
print(None is None, type(None)() is None, () is (), tuple() is ())
x = 10 ** 3
y = 1000
print(x == y, True is (1 == 1), float("1") is 1.0)
print(int("-5") is -5, int("-6") is -6)
