# raising errors with a dict and a number as their arguments
class ApiError(Exception):
    pass

for err in (ApiError({"code": 404}), ApiError(404, "not found"), ApiError(), KeyError("a b"),
            KeyError(""), KeyError("it's"), OSError(2, "No such file"), OSError(2, "No such file", "x.txt")):
    print(repr(str(err)), repr(err))
raise ApiError({"code": 500, "retry": True})
