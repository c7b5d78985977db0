# random functions called with the wrong kinds of arguments.
import random
random.seed(21)
colors = {"red", "green"}
for expr in ["random.sample(colors, 1)", "random.choice({'a': 1})", "random.choices(['a', 'b'], weights=[1])",
             "random.seed([1, 2])", "random.randrange(5, 5)", "random.uniform('1', 2)", "random.choices([], k=2)",
             "random.sample(range(5), k=-1)", "random.randint(1.5, 3)", "random.shuffle('abc')"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
print(random.random())
