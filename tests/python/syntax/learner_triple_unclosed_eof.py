s = """unterminated


