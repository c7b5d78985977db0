# trying itertools functions with the arguments in the wrong shape, printing each error
import itertools as it

calls = {
    "permutations()": lambda: it.permutations(),
    "product(repeat=-1)": lambda: list(it.product("ab", repeat=-1)),
    "islice('abc', '2')": lambda: it.islice("abc", "2"),
    "islice('abc', -1)": lambda: it.islice("abc", -1),
    "repeat()": lambda: it.repeat(),
    "cycle()": lambda: it.cycle(),
    "count(step='1')": lambda: it.count(step="1"),
    "chain(1, 2)": lambda: list(it.chain(1, 2)),
    "accumulate([1], 5)": lambda: list(it.accumulate([1, 2], 5)),
    "groupby(key=len)": lambda: it.groupby(key=len),
    "starmap(pow, [1])": lambda: list(it.starmap(pow, [1])),
    "combinations('ab', -1)": lambda: it.combinations("ab", -1),
    "pairwise()": lambda: it.pairwise(),
    "zip_longest(fill=0)": lambda: it.zip_longest([1], fill=0),
    "tee('ab', -1)": lambda: it.tee("ab", -1),
    "compress('ab')": lambda: it.compress("ab"),
}
for label, call in calls.items():
    try:
        print(label, "->", call())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
