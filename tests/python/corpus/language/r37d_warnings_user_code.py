# Emitting warnings from library-style code: warn with stacklevel, filters, catch_warnings and errors.
import warnings

def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x * 2

def risky(v):
    if v > 100:
        warnings.warn(f"value {v} is large")
    return v

print(old_api(2))
print(risky(500))
print(risky(600))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    risky(1000)
    warnings.warn("custom", RuntimeWarning)
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
warnings.filterwarnings("ignore", message="value .* is large")
print(risky(700))
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised:", repr(e))
warnings.resetwarnings()
warnings.warn("after reset", FutureWarning)
print(issubclass(DeprecationWarning, Warning), warnings.formatwarning("msg", UserWarning, "f.py", 3).strip())
warnings.simplefilter("error")
old_api(3)
