# A small expression evaluator using match with nested class patterns and enum constants.
from dataclasses import dataclass
from enum import Enum

class Op(Enum):
    ADD = "+"
    MUL = "*"
    SUB = "-"

@dataclass
class Num:
    value: float

@dataclass
class Bin:
    op: Op
    left: object
    right: object

@dataclass
class Neg:
    arg: object

def simplify(e):
    match e:
        case Bin(Op.MUL, Num(0), _) | Bin(Op.MUL, _, Num(0)):
            return Num(0)
        case Bin(Op.ADD, Num(0), x) | Bin(Op.ADD, x, Num(0)):
            return simplify(x)
        case Neg(Neg(x)):
            return simplify(x)
        case Bin(op, l, r):
            return Bin(op, simplify(l), simplify(r))
        case _:
            return e

def evaluate(e):
    match e:
        case Num(value=v):
            return v
        case Neg(arg):
            return -evaluate(arg)
        case Bin(Op.ADD, l, r):
            return evaluate(l) + evaluate(r)
        case Bin(Op.SUB, l, r):
            return evaluate(l) - evaluate(r)
        case Bin(Op.MUL, l, r):
            return evaluate(l) * evaluate(r)
        case other:
            raise TypeError(f"cannot evaluate {other!r}")

expr = Bin(Op.ADD, Bin(Op.MUL, Num(0), Num(7)), Neg(Neg(Bin(Op.SUB, Num(5), Num(2)))))
print(simplify(expr))
print(evaluate(expr), evaluate(simplify(expr)))
print(evaluate(Bin(Op.MUL, Num(2), Bin(Op.ADD, Num(0), Num(3.5)))))
evaluate(Bin(Op.ADD, Num(1), "two"))
