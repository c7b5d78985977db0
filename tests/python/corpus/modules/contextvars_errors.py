# contextvars' errors, in CPython 3.11's words (reprs with addresses cut)
import contextvars
from contextvars import ContextVar, Context, Token


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(f'{label}: {type(e).__name__}: {str(e).split(" at 0x")[0]}')
    else:
        print(f'{label}: {r!r}')


v = ContextVar('v')
w = ContextVar('w', default=0)
t = v.set(1)
ctx = contextvars.copy_context()
attempt('get unset', lambda: ContextVar('u').get())
attempt('reset twice', lambda: (v.reset(t), v.reset(t)))
t2 = v.set(2)
attempt('other var', lambda: w.reset(t2))
attempt('other context', lambda: Context().run(v.reset, t2))
attempt('not a token', lambda: v.reset('token'))
attempt('Token()', lambda: Token())
attempt('MISSING type', lambda: type(Token.MISSING)())
attempt('Context(1)', lambda: Context(1))
attempt('ContextVar()', lambda: ContextVar())
attempt('ContextVar(1)', lambda: ContextVar(1))
attempt('two positional', lambda: ContextVar('a', 1))
attempt('bad keyword', lambda: ContextVar('a', defalt=1))
attempt('get(1, 2)', lambda: w.get(1, 2))
attempt('get(default=)', lambda: w.get(default=1))
attempt('set()', lambda: w.set())
attempt('set(value=)', lambda: w.set(value=1))
attempt('reset()', lambda: w.reset())
attempt('run()', lambda: ctx.run())
attempt('run(1)', lambda: ctx.run(1))
attempt('ctx.get()', lambda: ctx.get())
attempt('ctx.get(3 args)', lambda: ctx.get(v, 1, 2))
attempt('ctx.copy(1)', lambda: ctx.copy(1))
attempt('ctx[w]', lambda: ctx[w])
attempt('ctx["v"]', lambda: ctx['v'])
attempt('1 in ctx', lambda: 1 in ctx)
attempt('ctx < ctx', lambda: ctx < ctx)
attempt('hash(ctx)', lambda: hash(ctx))
attempt('hash(token)', lambda: hash(t2))
attempt('name =', lambda: setattr(v, 'name', 'x'))
attempt('var.x =', lambda: setattr(v, 'x', 1))
attempt('token.var =', lambda: setattr(t2, 'var', w))
for base in (ContextVar, Context, Token):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(e)
try:
    ContextVar('missing').get()
except LookupError as e:
    print(type(e).__name__, e.args[0].name)
