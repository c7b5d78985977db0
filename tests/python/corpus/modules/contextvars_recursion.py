# A recursion through Context.run stops where CPython's does: its calls
# count as a level each while their call site is cold (natively; in wasm
# the JS engine's stack ends such a recursion sooner: docs/python.md)
import contextvars

var = contextvars.ContextVar('var', default=0)
depth = 0


def down():
    global depth
    depth += 1
    var.set(var.get() + 1)
    return contextvars.copy_context().run(down)


try:
    down()
except RecursionError as e:
    print(depth, e)
print(var.get(), contextvars.copy_context().run(var.get))


def count(k):
    var.set(k)
    return contextvars.copy_context().run(count, k - 1) if k else var.get()


print(count(300), var.get())
