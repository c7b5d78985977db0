def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print(f"  found {target} at {i}")
            break
    else:
        print(f"  {target} not found")
        return -1
    return i

print(find("abc", "b"), find("abc", "z"), find([], "a"))
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)

def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_with_finally())

def gen_finally():
    try:
        yield 1
        return "ret"
    finally:
        print("  gen finally")
g = gen_finally()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

for x in range(3):
    try:
        if x == 1:
            raise ValueError(x)
    except ValueError:
        print("  error at", x)
        continue
    else:
        print("  else at", x)
    finally:
        print("  finally at", x)
for y in range(2):
    pass
else:
    raise RuntimeError(f"loop ended with y={y}")
