# urllib.parse without the network: urlparse, parse_qs, urlencode, quote and urljoin
from urllib.parse import urlparse, parse_qs, urlencode, quote, unquote, urljoin, urlunparse, quote_plus

u = urlparse("https://user:pw@example.com:8443/path/to/page.html;params?q=async+io&page=2&q=x#top")
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.params, u.query, u.fragment, u.username)
print(u)
print(parse_qs(u.query), dict(parse_qs("a=1&b=&c", keep_blank_values=True)))
print(urlencode({"q": "café & tea", "n": 10}), urlencode([("k", [1, 2])], doseq=True))
print(quote("a b/c?d"), quote("a b/c", safe=""), quote_plus("a b+c"), unquote("%E2%98%83"))
print(urljoin("https://x.org/a/b/c.html", "../d.html"), urljoin("https://x.org/a/", "/root"))
print(urlunparse(("http", "h.com", "/p", "", "x=1", "")), u._replace(fragment="").geturl())
print(urlparse("example.com/path"), urlparse("//host/p").netloc)
