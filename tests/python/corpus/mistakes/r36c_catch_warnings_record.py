# checking that my function warns, by recording warnings
import warnings

def old_api(x):
    warnings.warn("old_api is going away", FutureWarning)
    return x * 2

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    old_api(2)
for w in caught:
    print(w.category.__name__, w.message, w.lineno, w.filename.endswith(".py"))
old_api(3)
