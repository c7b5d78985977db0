# Context.run entered twice: RuntimeError, as CPython's (the address cut)
import contextvars

var = contextvars.ContextVar('var', default='default')
ctx = contextvars.copy_context()


def reenter():
    return ctx.run(var.get)


def message(e):
    text = str(e)
    return text[:text.index(' at 0x')] + text[text.index('>'):]


try:
    ctx.run(reenter)
except RuntimeError as e:
    print('nested:', message(e))
other = contextvars.copy_context()


def both():
    var.set('in ctx')
    return var.get(), other.run(var.get)


print(ctx.run(both), var.get(), ctx[var])


def deep(n):
    if n == 0:
        return var.get()
    c = contextvars.copy_context()
    return c.run(lambda: (var.set(f'level {n}'), deep(n - 1))[1])


print(deep(5), var.get())
try:
    ctx.run(ctx.run, print)
except RuntimeError as e:
    print('run(run):', message(e))
print(ctx.run(lambda: 'ctx free again'))


def fails():
    var.set('set before failing')
    raise ValueError('inside run')


ctx.run(fails)
