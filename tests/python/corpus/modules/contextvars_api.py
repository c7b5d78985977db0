# contextvars: ContextVar, Token and Context as PEP 567 and CPython 3.11 give them
import contextvars
from contextvars import ContextVar, Context, Token, copy_context


def shape(o):
    # reprs end with an address: keep what comes before it
    return repr(o).split(' at 0x')[0]


print(contextvars.__all__)
print(ContextVar, Context, Token, ContextVar.__module__, ContextVar.__name__)
user = ContextVar('user')
level = ContextVar('level', default=1)
print(user.name, level.name, shape(user), shape(level), shape(ContextVar('s', default='x')))
print(level.get(), level.get(5), user.get('nobody'), user.get(None))
tok = user.set('ada')
print(user.get(), user.get('nobody'), shape(tok), tok.var is user, tok.old_value is Token.MISSING)
print(Token.MISSING, type(Token.MISSING).__name__, repr(tok.old_value))
tok2 = user.set('bob')
print(user.get(), tok2.old_value)
user.reset(tok2)
print(user.get(), shape(tok2))
user.reset(tok)
print(user.get('unset again'))
lt = level.set(3)
print(level.get(), lt.old_value is Token.MISSING)
ctx = copy_context()
print(type(ctx).__name__, len(ctx), level in ctx, user in ctx, ctx[level], ctx.get(level), ctx.get(user), ctx.get(user, 'dflt'))
print([v.name for v in ctx], [v.name for v in ctx.keys()], list(ctx.values()), [(k.name, v) for k, v in ctx.items()])
print(type(ctx.keys()).__name__, type(ctx.values()).__name__, type(ctx.items()).__name__, type(iter(ctx)).__name__)
print(ContextVar[int], Token[str])
empty = Context()
print(len(empty), list(empty), empty.get(level), bool(empty), bool(ctx))
print(ctx == copy_context(), ctx == empty, ctx != empty, Context() == Context(), ctx == {}, ctx.copy() == ctx, ctx.copy() is ctx)
print(ctx.run(lambda *a, **kw: (a, kw, level.get()), 1, 2, x=3))
print(empty.run(level.get), empty.run(user.get, 'default arg'))
