from enum import Enum

class HttpStatus(Enum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    SERVER_ERROR = 500

    @property
    def is_error(self):
        return self.value >= 400

    def __str__(self):
        return f"{self.value} {self.name.replace('_', ' ').title()}"

codes = [200, 404, 201, 500, 302]
for code in codes:
    try:
        s = HttpStatus(code)
        print(s, "error" if s.is_error else "ok")
    except ValueError as e:
        print("unknown:", e)
print(repr(HttpStatus.OK), HttpStatus.OK.__class__)
by_name = {s.name.lower(): s for s in HttpStatus}
print(by_name["not_found"].value)
print(sorted(HttpStatus, key=lambda s: -s.value)[0])
print(max(s.value for s in HttpStatus), HttpStatus._member_names_)
print(HttpStatus._value2member_map_[201])
