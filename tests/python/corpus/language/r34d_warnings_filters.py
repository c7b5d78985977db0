# Warnings: custom category, stacklevel, filters turning warnings into errors, catch_warnings
import warnings

class OldAPIWarning(DeprecationWarning):
    pass

def old_function():
    warnings.warn("old_function is deprecated; use new_function", OldAPIWarning, stacklevel=2)
    return 1

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_function()
    old_function()
    warnings.warn("plain user warning")
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error", OldAPIWarning)
    try:
        old_function()
    except OldAPIWarning as e:
        print("raised:", e)

warnings.filterwarnings("ignore", message=".*ignore me.*")
warnings.warn("please ignore me")
warnings.warn("this one shows", UserWarning)
warnings.warn("runtime thing", RuntimeWarning)
old_function()
warnings.warn("shown once", UserWarning)
warnings.warn("shown once", UserWarning)
print("done")
