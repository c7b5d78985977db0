# ast.literal_eval for safely parsing user data, and what it refuses; ast.parse and dump of a snippet
import ast

for text in ["42", "-3.5", "'hi'", "[1, 2, (3, 4)]", "{'a': 1, 'b': [True, None]}", "{1, 2}", "1 + 2j" if False else "(1,)",
             "b'x'", "  7  "]:
    value = ast.literal_eval(text)
    print(f"{text:32} -> {value!r} ({type(value).__name__})")
for bad in ["__import__('os')", "len([])", "a + 1", "[1, 2", "{**{}}"]:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(f"{bad:18} refused: {type(e).__name__}: {str(e).split(' at 0x')[0]}")
tree = ast.parse("x = 1 + y")
print(ast.dump(tree))
print([type(n).__name__ for n in ast.walk(tree)])
print(ast.unparse(ast.parse("print( 'a' ,b )")))
