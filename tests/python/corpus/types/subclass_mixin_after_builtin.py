# A mixin after a built-in base (class C(int, Mixin)): its dunders serve
# where the built-in defines none (len, iter, in, call), the built-in's
# where it does (int's repr, str's str), in CPython's MRO order
class Mixin:
    def __repr__(self): return 'mixin repr'
    def __len__(self): return 3
    def __iter__(self): return iter('ab')
    def __contains__(self, x): return x == 'z'
    def __call__(self): return 'called'
    def __str__(self): return 'mixin str'
class C(int, Mixin): pass
class D(str, Mixin): pass
class E(Exception, Mixin): pass
class L(list, Mixin): pass
c, d, e, l = C(1), D('xy'), E('boom'), L([1, 2])
print(repr(c), str(c), len(c), list(c), 'z' in c, c())
print(repr(d), str(d), len(d), list(d), 'z' in d, d())
print(repr(e), str(e), len(e), list(e), 'z' in e, e())
print(repr(l), str(l), len(l), list(l), 'z' in l, l())
