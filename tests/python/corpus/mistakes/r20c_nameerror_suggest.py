# NameError suggestions for typos of locals, globals, builtins
counter = 0
def bump():
    amount = 5
    return amuont + counter

try:
    bump()
except NameError as e:
    print("caught:", e)
try:
    pritn("x")
except NameError as e:
    print("caught:", e)
lenght = 3
print(lenght)
print(lengh)
