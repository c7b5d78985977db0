# copy_context() is a snapshot: neither the copy nor the original sees the
# other's later changes; Context.run's changes stay in that context
from contextvars import ContextVar, Context, copy_context

a = ContextVar('a', default='a0')
b = ContextVar('b', default='b0')
a.set('a1')
snap = copy_context()
a.set('a2')
b.set('b1')
print('now', a.get(), b.get(), '| snapshot', snap[a], snap.get(b), len(snap))


def change(value):
    a.set(value)
    b.set(value.upper())
    return a.get(), b.get()


print(snap.run(change, 'in snap'), '| outside', a.get(), b.get())
print('snapshot after run', snap[a], snap[b])
again = snap.copy()
snap.run(change, 'second')
print('copy of snap', again[a], again[b], '| snap', snap[a], snap[b])
items = iter(snap.items())
snap.run(change, 'during iteration')
print('iterator saw', sorted((k.name, v) for k, v in items), '| snap', snap[a])
fresh = Context()
print(fresh.run(lambda: (a.get(), b.get())), fresh.run(change, 'fresh'), len(fresh))
outer = copy_context()


def nested():
    a.set('outer level')
    inner = copy_context()
    inner.run(a.set, 'inner level')
    return a.get(), inner[a]


print(outer.run(nested), outer[a], a.get())
try:
    snap.run(lambda: 1 / 0)
except ZeroDivisionError:
    print('run restores the context after an error:', a.get())
tok = a.set('before reset')
snap2 = copy_context()
a.reset(tok)
print(a.get(), snap2[a])
many = [ContextVar(f'v{i}') for i in range(40)]
for i, var in enumerate(many):
    var.set(i)
big = copy_context()
many[0].set('changed')
print(len(big), big[many[0]], many[0].get(), sum(big[v] for v in many[1:]))
print(sorted(v.name for v in big if v.name.startswith('v3')))
