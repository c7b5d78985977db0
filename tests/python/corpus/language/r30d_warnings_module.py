# warnings: a DeprecationWarning made visible, a UserWarning, filters and catch_warnings
import warnings


def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x * 2


def risky(v):
    if v < 0:
        warnings.warn(f"negative value {v}")
    return abs(v)


print(old_api(2))
print(risky(-3), risky(-3))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    risky(-1)
print([(w.category.__name__, str(w.message)) for w in caught])
warnings.simplefilter("error", UserWarning)
try:
    risky(-5)
except UserWarning as e:
    print("raised:", e)
warnings.filterwarnings("always", category=DeprecationWarning)
old_api(3)
print("end")
