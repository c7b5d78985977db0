import itertools

def attempt(label, make):
    try:
        it = make()
        print(label, "made", type(it).__name__)
        print(label, list(it))
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("pairwise", lambda: itertools.pairwise(10))
attempt("groupby", lambda: itertools.groupby(10))
attempt("zip_longest", lambda: itertools.zip_longest("ab", 10))
attempt("chain", lambda: itertools.chain("ab", 10))
attempt("product", lambda: itertools.product("ab", 10))
attempt("combinations", lambda: itertools.combinations(10, 2))
window = itertools.pairwise(len("hello"))
print("unreached", window)
