# tutorial 4.8.3: positional-only, keyword-only and their errors
def standard_arg(arg):
    print(arg)
def pos_only_arg(arg, /):
    print(arg)
def kwd_only_arg(*, arg):
    print(arg)
def combined_example(pos_only, /, standard, *, kwd_only):
    print(pos_only, standard, kwd_only)
standard_arg(2)
standard_arg(arg=2)
pos_only_arg(1)
kwd_only_arg(arg=3)
combined_example(1, 2, kwd_only=3)
combined_example(1, standard=2, kwd_only=3)
tries = [lambda: pos_only_arg(arg=1), lambda: kwd_only_arg(3),
         lambda: combined_example(1, 2, 3),
         lambda: combined_example(pos_only=1, standard=2, kwd_only=3)]
for t in tries:
    try:
        t()
    except TypeError as e:
        print(e)
def foo(name, **kwds):
    return 'name' in kwds
try:
    foo(1, **{'name': 2})
except TypeError as e:
    print(e)
def foo(name, /, **kwds):
    return 'name' in kwds
print(foo(1, **{'name': 2}))
