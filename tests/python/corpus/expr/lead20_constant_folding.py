# Operations on constants are folded into one constant as CPython's AST optimizer does, within its limits
x = (-1, 2)
y = (-1, 2)
print(x is y)
def f(): return (1+2, 'a'*2)
def g(): return (3, 'aa')
print(f() is g())
print({-1, 5, 13, -9})
print({2*3, 14, 22})
a = (1, 'x' * 3, -2.5, ~7, not 0)
b = (1, 'xxx', -2.5, -8, True)
print(a is b, a)
print((1, 2)[0] is 1, 'abc'[1], (2 ** 10, 1 << 10, 7 % 3, 7 // 2, 7 / 2))
big1 = 2 ** 200
big2 = 2 ** 200
print(big1 is big2, big1 == big2)
s1 = 'ab' * 3000
s2 = 'ab' * 3000
print(s1 is s2, len(s1))
def k(): return 1 / 0
try:
    k()
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print((1, 2)[5])
except IndexError as e:
    print('IndexError:', e)
try:
    print('%d' % 'x')
except TypeError as e:
    print('TypeError:', e)
print(-(-3), +(-0.0), -0.0, (-0.0, 0.0))
