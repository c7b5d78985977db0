# names the builtins module holds: help, copyright, credits, UnicodeTranslateError
print(help)
print(repr(help))
print(type(copyright).__name__, type(credits).__name__, type(license).__name__)
print(issubclass(UnicodeTranslateError, UnicodeError))
import builtins
print(builtins.__name__, '__build_class__' in dir(builtins), callable(builtins.__build_class__))
print(exit, quit)
