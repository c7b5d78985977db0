# Instances of subclasses of tuple, dict, list, int, float and str given to built-ins and modules (random, math, bisect, heapq, time, json, itertools, functools, operator).
import random, math, bisect, heapq, time, json, itertools, functools, operator
class T(tuple): pass
class D(dict): pass
class L(list): pass
class I(int): pass
class F(float): pass
class S(str): pass
def f(*a, **k): return a, k
print(f(*T((1, 2)), **D(a=1)), f(*L([3])))
random.seed(1); l = L([1, 2, 3, 4]); random.shuffle(l); print(l, type(l).__name__, random.choice(L([7])), random.sample(L([1, 2, 3]), 2))
print(math.sqrt(I(16)), math.floor(F(2.5)), math.isqrt(I(17)), math.gcd(I(12), 8), range(I(3)), "abc"[I(1)], [1, 2, 3][I(0):I(2)], math.factorial(I(5)))
b = L([1, 3]); bisect.insort(b, 2); h = L([3, 1, 2]); heapq.heapify(h); print(b, h, heapq.heappop(h), type(b).__name__)
time.sleep(F(0.001)); print(json.loads(S('{"a": 1}')), json.dumps(D(a=T((1,)))), json.dumps(S("x")), json.dumps(F(1.5)))
print(list(itertools.chain(L([1]), T((2,)))), functools.reduce(operator.add, L([1, 2, 3])), operator.itemgetter(I(1))([5, 6]), sorted(D(b=1, a=2), key=str))
print(I(5).to_bytes(2, "big"), I.from_bytes(b"\x01\x00", "big"), type(I.from_bytes(b"\x01", "big")).__name__, F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__)
print(hex(I(255)), bin(I(2)), oct(I(8)), chr(I(65)), ord(S("a")), divmod(F(7.5), 2), pow(I(2), I(10), 1000), abs(F(-2.0)), int(F(3.9)), float(S(" 2.5 ")))
print(sum(T((1, 2))), len(S("héllo")), S("héllo")[1], S("ab") * I(2), T((1,)) * I(2), L([0]) * I(3), I(3) * S("x"), bool(S("")), bool(T()))
print({I(1): "a"}[1], {1: "b"}[I(1)], I(1) in {1}, S("k") in {"k": 1}, T((1,)) in {(1,): 0}, F(1.0) == 1, hash(F(1.5)) == hash(1.5))
