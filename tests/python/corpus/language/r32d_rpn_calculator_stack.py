# A reverse-Polish-notation calculator with a list as a stack, operator functions and error messages
import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "^": operator.pow, "%": operator.mod}


class RPNError(Exception):
    pass


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            if len(stack) < 2:
                raise RPNError(f"not enough operands for {tok!r}: stack={stack}")
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            try:
                stack.append(int(tok) if tok.lstrip("-").isdigit() else float(tok))
            except ValueError:
                raise RPNError(f"bad token {tok!r}") from None
    if len(stack) != 1:
        raise RPNError(f"leftover stack {stack}")
    return stack[0]


for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 1.5 *", "7 2 /", "-3 2 %", "1 +", "1 2", "2 x *", "1 0 /"]:
    try:
        print(f"{e:<20} => {rpn(e)}")
    except RPNError as err:
        print(f"{e:<20} !! {err}")
    except ZeroDivisionError as err:
        print(f"{e:<20} !! {type(err).__name__}: {err}")
rpn("4 +")
