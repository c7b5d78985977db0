# Registering a singledispatch handler without a type or annotation
from functools import singledispatch

@singledispatch
def render(value):
    return f"<{value}>"

@render.register
def _(value: int):
    return f"int {value}"

print(render(3), render("x"))

try:
    @render.register
    def _(value):
        return f"list of {len(value)}"
except TypeError as e:
    print("register failed:", str(e).split(":")[0])
print(render([1, 2]))
