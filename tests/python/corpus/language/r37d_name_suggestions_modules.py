# Typos a learner makes with modules and builtins: what the error messages suggest.
import math
import random
import collections

for expr in ["math.sqr(4)", "random.randInt(1, 2)", "collections.defaultdic(int)", "math.PI", "lenght([1])",
             "str.uper('a')", "[1].apend(2)", "{}.item()", "'x'.strip().lowr()", "Print('hi')"]:
    try:
        eval(expr)
    except (AttributeError, NameError) as e:
        print(f"{expr:30} {type(e).__name__}: {e}")
def area(radius):
    return math.pi * raduis ** 2
try:
    area(2)
except NameError as e:
    print(type(e).__name__, e, e.name)
try:
    math.flor(2.5)
except AttributeError as e:
    print(e, e.name, e.obj is math)
class Pt:
    def __init__(self):
        self.xcoord = 1
Pt().xcord
