s = """abc

def
