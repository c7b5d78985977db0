# ast.parse in its modes, the SyntaxErrors it raises, and nodes built by hand
import ast

for src, mode in [("x + 1", "eval"), ("x = 1; y = 2", "single"), ("if x:\n    pass\n", "exec"),
                  ("x = 1", "eval"), ("def f(:\n  pass", "exec"), ("  indented", "exec"),
                  ("return 5", "exec"), ("await x", "exec"), ("print 'hi'", "exec"), ("(1, 2", "exec")]:
    try:
        tree = ast.parse(src, filename="<answer>", mode=mode)
    except SyntaxError as e:
        print(f"{mode:6} {src!r}: {type(e).__name__}: {e.msg} (line {e.lineno}, col {e.offset}) {e.args[1]!r}")
    else:
        print(f"{mode:6} {src!r}: {ast.dump(tree)}")

node = ast.BinOp(ast.Constant(2), ast.Mult(), ast.Name("n", ast.Load()))
print(ast.dump(node), ast.unparse(node))
print(ast.Constant._fields, ast.BinOp._fields, ast.expr._attributes, ast.Constant(5).kind)
print(ast.Name.__doc__, ast.Load.__doc__)
print(isinstance(node, ast.expr), isinstance(node, ast.AST), issubclass(ast.Add, ast.operator))
try:
    ast.BinOp(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    ast.Name("x", id="y")
except TypeError as e:
    print("TypeError:", e)
try:
    print(ast.Name().id)
except AttributeError as e:
    print("AttributeError:", e)
tree = ast.parse("a = 1\nb = a + 2\n")
ast.increment_lineno(tree, 10)
print([(type(n).__name__, n.lineno) for n in tree.body])
print(ast.get_source_segment("a = 1\nb = a + 2\n", ast.parse("a = 1\nb = a + 2\n").body[1].value))
print(list(ast.iter_fields(ast.parse("f(x, y=2)", mode="eval").body))[0][0])
match ast.parse("print('hi')").body[0]:
    case ast.Expr(value=ast.Call(func=ast.Name(id=fname), args=[ast.Constant(value=v)])):
        print("matched call of", fname, "with", v)
