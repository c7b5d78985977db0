def bind(args, params):
    arg_vals = iter(args)
    parameters = iter(params)
    while True:
        try:
            next(arg_vals)
        except StopIteration:
            try:
                param = next(parameters)
            except StopIteration:
                break
            else:
                raise TypeError(f"missing a required argument: {param!r}") from None
        else:
            next(parameters)

try:
    bind([1], ["a", "b"])
except TypeError as e:
    print(e, repr(e.__context__), e.__suppress_context__, e.__cause__)

def simple():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from None
try:
    simple()
except ValueError as e:
    print(e, repr(e.__context__), e.__suppress_context__)
bind([], ["x"])
