# A calculator that evals whatever the user types.
for line in ["2 + 3 * 4", "10 / (5 - 5)", "2 +", "sqrt(16)", "print('hi')"]:
    try:
        print(line, "=", eval(line))
    except SyntaxError as e:
        print("syntax error:", e.msg, "| offset", e.offset, "| text", repr(e.text))
    except Exception as e:
        print(type(e).__name__ + ":", e)
eval(input("expr: "))
