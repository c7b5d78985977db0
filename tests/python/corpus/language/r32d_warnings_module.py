# warnings: a deprecation helper, filters that ignore, turn into errors and record warnings
import warnings


def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x * 2


def risky():
    warnings.warn("this might be slow")


print(old_api(2))
warnings.simplefilter("default")
print(old_api(3))
risky()
risky()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    risky()
    old_api(1)
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    risky()
warnings.filterwarnings("error", category=UserWarning)
try:
    risky()
except UserWarning as e:
    print("became error:", e)
warnings.warn("final", RuntimeWarning)
print("end")
