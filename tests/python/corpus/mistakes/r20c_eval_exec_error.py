# errors inside eval and exec strings show <string> frames
print(eval("1 + 2"))
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print("eval:", e)
code = """
def f(x):
    return x['key']
f({})
"""
exec(code)
