# tutorial 8.2: the three exceptions the tutorial shows, caught and printed
for expr in ["10 * (1/0)", "4 + spam*3", "'2' + 2", "[1, 2][3]", "{'a': 1}['b']",
             "int('x')", "undefined_fn()", "None.attr", "len(5)", "2 ** 'a'"]:
    try:
        eval(expr)
    except Exception as err:
        print(f'{expr:20} -> {type(err).__name__}: {err}')
'2' + 2
