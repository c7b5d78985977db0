def parse_port(text):
    try:
        port = int(text)
        if not 0 < port < 65536:
            raise ValueError(f"out of range: {port}")
        return port
    except [ValueError, TypeError]:
        return None


print(parse_port("8080"))
print(parse_port("http"))
