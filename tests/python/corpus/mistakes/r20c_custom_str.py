# custom exception classes with __str__ and args
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[E{self.code}] {self.msg}"

class Quiet(Exception):
    pass

try:
    raise Quiet()
except Quiet as e:
    print(repr(str(e)), repr(e))
try:
    raise Quiet(1, "two")
except Quiet as e:
    print(str(e), repr(e))
print(repr(AppError(3, "x")))
raise AppError(404, "page not found")
