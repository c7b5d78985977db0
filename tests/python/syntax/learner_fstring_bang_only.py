x = f"abc" f"{a!}"
