# a BMI calculator with input validation from strings
entries = ["70 1.75", "85.5 1.8", " 60,1.6 ", "abc 1.7", "90 0", "120 2.01", "55 1.55 extra", "-5 1.7"]
def category(bmi):
    return "under" if bmi < 18.5 else "normal" if bmi < 25 else "over" if bmi < 30 else "obese"
for e in entries:
    try:
        parts = e.replace(",", " ").split()
        weight, height = map(float, parts)
        if weight <= 0:
            raise ValueError(f"weight must be positive, got {weight}")
        bmi = weight / height ** 2
        print(f"{e!r:18} -> BMI {bmi:5.1f} ({category(bmi)}) exact={bmi!r}")
    except ValueError as err:
        print(f"{e!r:18} -> ValueError: {err}")
    except ZeroDivisionError as err:
        print(f"{e!r:18} -> ZeroDivisionError: {err}")
print(f"{70 / 1.75 ** 2:.15f}", 70 / 1.75 ** 2 == 70 / (1.75 * 1.75), 1.75 ** 2, 1.75 * 1.75)
