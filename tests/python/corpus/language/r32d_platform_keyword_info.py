# Facts about the running Python: platform.python_version, keyword lists, secrets lengths and builtins
import platform
import keyword
import secrets
import builtins

print(platform.python_version().startswith("3.11"), platform.python_implementation())
print(platform.python_version_tuple()[:2], type(platform.system()).__name__)
print(len(keyword.kwlist), keyword.iskeyword("async"), keyword.iskeyword("print"), keyword.softkwlist)
print(keyword.kwlist[:6])
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), secrets.choice("a") == "a", secrets.randbelow(1))
print(builtins.len("abc"), builtins.__name__, "print" in dir(builtins), callable(builtins.max))
print(isinstance(builtins.__dict__, dict), builtins.True_ if hasattr(builtins, "True_") else "no True_")
