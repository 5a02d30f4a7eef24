//! Graphviz DOT, as the import-graph tools write it.
//!
//! The whole language the tools use is read: `strict`, `graph` and `digraph`, named or
//! anonymous graphs, `a -> b -> c` chains, subgraphs (`{a b} -> c`, `subgraph cluster_x { … }`)
//! on either side of an edge, quoted ids with their escapes (and `"a" + "b"`), HTML-like `<…>`
//! ids, ports (`a:p:n`), attribute lists (one or several, `,` or `;` between attributes),
//! `//`, `/* */` and `#` comments, optional semicolons. Two liberties for hand-written files:
//! unquoted ids may hold dots and `::` (`shop.billing`, `crate::orders`), which Graphviz itself
//! would want quoted, and `->` and `--` are both read as an edge whatever the graph's kind.
//!
//! Only nodes, their `label` and edges matter; every other attribute is skipped. A label names
//! its node for grouping when it has no spaces (pydeps' `label="django\.\ncontrib"` reads as
//! `django.contrib`; a record label, as cargo-modules writes, by its last field:
//! `"pub(crate) mod|shop::billing"` is `shop::billing`, and `"external mod|…"` marks the node as
//! external). Edges labelled `owns` (cargo-modules' module tree, not a dependency) and
//! invisible edges (`style=invis`, a layout trick) are not imports and are skipped.
//!
//! pydeps draws its arrows from the imported module to the importer; every other tool from the
//! importer. [`Arrows::Auto`] recognises pydeps' output by its header and turns its arrows
//! round (unless its `rankdir` says `--reverse` was used).

use super::{checked_text, Builder, Format, Graph, ImportError, Tool};

/// Which way a DOT file's arrows point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Arrows {
    /// Tell from the file: pydeps' output points to the importer, anything else to the module
    /// imported.
    #[default]
    Auto,
    /// `a -> b` means `a` imports `b` (pyreverse, madge, cargo-modules, `go mod graph`).
    ToImported,
    /// `a -> b` means `b` imports `a` (pydeps without `--reverse`).
    ToImporter,
}

/// How to read a DOT file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DotOptions {
    pub arrows: Arrows,
}

/// Reads a DOT file, telling the direction of its arrows from the file.
pub fn parse_dot(text: &str) -> Result<Graph, ImportError> {
    parse_dot_with(text, &DotOptions::default())
}

/// Reads a DOT file.
pub fn parse_dot_with(text: &str, options: &DotOptions) -> Result<Graph, ImportError> {
    let text = checked_text(text)?;
    let mut p = Parser { lx: Lexer::new(text), b: Builder::default(), top: TopLevel::default() };
    p.graph()?;
    let tool = p.top.tool();
    let reversed = match options.arrows {
        Arrows::ToImported => false,
        Arrows::ToImporter => true,
        Arrows::Auto => {
            tool == Some(Tool::Pydeps)
                && !matches!(p.top.rankdir.as_deref(), Some("BT") | Some("RL"))
        }
    };
    let mut b = p.b;
    if reversed {
        for e in &mut b.edges {
            std::mem::swap(&mut e.0, &mut e.1);
        }
    }
    let mut graph = b.finish(Format::Dot, name_of)?;
    graph.tool = tool;
    graph.reversed = reversed;
    Ok(graph)
}

/// True when the text starts, after spaces and comments, with `strict`, `graph` or `digraph`.
pub(super) fn looks_like_dot(text: &str) -> bool {
    let mut lx = Lexer::new(text);
    match lx.next() {
        Ok(Some(Token { tok: Tok::Id(id, IdKind::Plain), .. })) => {
            matches!(id.to_ascii_lowercase().as_str(), "strict" | "graph" | "digraph")
        }
        _ => false,
    }
}

/// The name grouping reads: the label when it is one word (a dotted, slashed or `::` path, as
/// the tools write), else the id.
fn name_of(id: &str, label: Option<&str>) -> String {
    match label {
        Some(l) if !l.is_empty() && !l.chars().any(char::is_whitespace) => l.to_string(),
        _ => id.to_string(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IdKind {
    Plain,
    Quoted,
    Html,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Id(String, IdKind),
    LBrace,
    RBrace,
    LBracket,
    RBracket,
    Eq,
    Semi,
    Comma,
    Colon,
    /// `->` (true) or `--` (false).
    Edge(bool),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    tok: Tok,
    line: usize,
}

impl Token {
    fn keyword(&self) -> Option<String> {
        match &self.tok {
            Tok::Id(id, IdKind::Plain) => Some(id.to_ascii_lowercase()),
            _ => None,
        }
    }
}

fn describe(tok: &Tok) -> String {
    match tok {
        Tok::Id(id, _) => format!("'{}'", crate::validate::shorten(id)),
        Tok::LBrace => "'{'".into(),
        Tok::RBrace => "'}'".into(),
        Tok::LBracket => "'['".into(),
        Tok::RBracket => "']'".into(),
        Tok::Eq => "'='".into(),
        Tok::Semi => "';'".into(),
        Tok::Comma => "','".into(),
        Tok::Colon => "':'".into(),
        Tok::Edge(true) => "'->'".into(),
        Tok::Edge(false) => "'--'".into(),
    }
}

fn error(line: usize, problem: impl Into<String>) -> ImportError {
    ImportError::Dot { line, problem: problem.into() }
}

/// Splits the text into tokens on demand, one token of look-ahead.
struct Lexer<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    peeked: Option<Option<Token>>,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str) -> Self {
        Lexer { text, pos: 0, line: 1, peeked: None }
    }

    fn peek(&mut self) -> Result<Option<&Token>, ImportError> {
        if self.peeked.is_none() {
            let t = self.lex()?;
            self.peeked = Some(t);
        }
        Ok(self.peeked.as_ref().and_then(|t| t.as_ref()))
    }

    fn next(&mut self) -> Result<Option<Token>, ImportError> {
        match self.peeked.take() {
            Some(t) => Ok(t),
            None => self.lex(),
        }
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// Skips spaces and comments.
    fn skip(&mut self) -> Result<(), ImportError> {
        let bytes = self.bytes();
        while self.pos < bytes.len() {
            match bytes[self.pos] {
                b'\n' => {
                    self.line += 1;
                    self.pos += 1;
                }
                b' ' | b'\t' | b'\r' | b'\x0c' | b'\x0b' => self.pos += 1,
                b'#' => self.skip_line(),
                b'/' if bytes.get(self.pos + 1) == Some(&b'/') => self.skip_line(),
                b'/' if bytes.get(self.pos + 1) == Some(&b'*') => {
                    let start = self.line;
                    self.pos += 2;
                    loop {
                        match bytes.get(self.pos) {
                            None => return Err(error(
                                start,
                                "a comment opened with '/*' never closes: add '*/' where it ends",
                            )),
                            Some(b'*') if bytes.get(self.pos + 1) == Some(&b'/') => {
                                self.pos += 2;
                                break;
                            }
                            Some(b'\n') => {
                                self.line += 1;
                                self.pos += 1;
                            }
                            Some(_) => self.pos += 1,
                        }
                    }
                }
                _ => break,
            }
        }
        Ok(())
    }

    fn skip_line(&mut self) {
        let bytes = self.bytes();
        while self.pos < bytes.len() && bytes[self.pos] != b'\n' {
            self.pos += 1;
        }
    }

    fn lex(&mut self) -> Result<Option<Token>, ImportError> {
        self.skip()?;
        let bytes = self.bytes();
        let Some(&c) = bytes.get(self.pos) else { return Ok(None) };
        let line = self.line;
        let single = |tok| Ok(Some(Token { tok, line }));
        match c {
            b'{' | b'}' | b'[' | b']' | b'=' | b';' | b',' => {
                self.pos += 1;
                single(match c {
                    b'{' => Tok::LBrace,
                    b'}' => Tok::RBrace,
                    b'[' => Tok::LBracket,
                    b']' => Tok::RBracket,
                    b'=' => Tok::Eq,
                    b';' => Tok::Semi,
                    _ => Tok::Comma,
                })
            }
            b':' if bytes.get(self.pos + 1) != Some(&b':') => {
                self.pos += 1;
                single(Tok::Colon)
            }
            b'-' if bytes.get(self.pos + 1) == Some(&b'>') => {
                self.pos += 2;
                single(Tok::Edge(true))
            }
            b'-' if bytes.get(self.pos + 1) == Some(&b'-') => {
                self.pos += 2;
                single(Tok::Edge(false))
            }
            b'"' => self.quoted(),
            b'<' => self.html(),
            _ if is_id_byte(c) || c == b':' || (c == b'-' && self.numeral_follows()) => {
                let start = self.pos;
                self.pos += 1;
                while let Some(&d) = bytes.get(self.pos) {
                    if is_id_byte(d) {
                        self.pos += 1;
                    } else if d == b':' && bytes.get(self.pos + 1) == Some(&b':') {
                        self.pos += 2;
                    } else {
                        break;
                    }
                }
                let id = self.text[start..self.pos].to_string();
                single(Tok::Id(id, IdKind::Plain))
            }
            _ => {
                let ch = self.text[self.pos..].chars().next().unwrap_or('?');
                Err(error(line, format!("unexpected '{ch}'")))
            }
        }
    }

    fn numeral_follows(&self) -> bool {
        matches!(self.bytes().get(self.pos + 1), Some(b'0'..=b'9' | b'.'))
    }

    /// A quoted id: `\"` is a quote, a backslash at the end of a line continues it on the next,
    /// every other backslash stays for the label's own escapes. `"a" + "b"` is one id.
    fn quoted(&mut self) -> Result<Option<Token>, ImportError> {
        let line = self.line;
        let mut out = String::new();
        loop {
            self.quoted_part(&mut out)?;
            // A `+` and another quoted string continue the id.
            let (pos, lines) = (self.pos, self.line);
            self.skip()?;
            if self.bytes().get(self.pos) == Some(&b'+') {
                self.pos += 1;
                self.skip()?;
                if self.bytes().get(self.pos) == Some(&b'"') {
                    continue;
                }
                return Err(error(self.line, "expected a quoted text after '+'"));
            }
            self.pos = pos;
            self.line = lines;
            return Ok(Some(Token { tok: Tok::Id(out, IdKind::Quoted), line }));
        }
    }

    fn quoted_part(&mut self, out: &mut String) -> Result<(), ImportError> {
        let start_line = self.line;
        self.pos += 1;
        let mut run = self.pos;
        loop {
            let bytes = self.bytes();
            match bytes.get(self.pos) {
                None => {
                    return Err(error(
                        start_line,
                        "a quoted name opened on this line never closes: add the closing '\"'",
                    ))
                }
                Some(b'"') => {
                    out.push_str(&self.text[run..self.pos]);
                    self.pos += 1;
                    return Ok(());
                }
                Some(b'\\') => match bytes.get(self.pos + 1) {
                    Some(b'"') => {
                        out.push_str(&self.text[run..self.pos]);
                        out.push('"');
                        self.pos += 2;
                        run = self.pos;
                    }
                    Some(b'\n') => {
                        out.push_str(&self.text[run..self.pos]);
                        self.line += 1;
                        self.pos += 2;
                        run = self.pos;
                    }
                    Some(b'\r') if bytes.get(self.pos + 2) == Some(&b'\n') => {
                        out.push_str(&self.text[run..self.pos]);
                        self.line += 1;
                        self.pos += 3;
                        run = self.pos;
                    }
                    Some(b'\\') => self.pos += 2,
                    _ => self.pos += 1,
                },
                Some(b'\n') => {
                    self.line += 1;
                    self.pos += 1;
                }
                Some(_) => self.pos += 1,
            }
        }
    }

    /// An HTML-like id, `<…>` with nested angle brackets; its text is what lies inside.
    fn html(&mut self) -> Result<Option<Token>, ImportError> {
        let line = self.line;
        let start = self.pos + 1;
        let mut depth = 0usize;
        let bytes = self.bytes();
        while let Some(&c) = bytes.get(self.pos) {
            match c {
                b'<' => depth += 1,
                b'>' => {
                    depth -= 1;
                    if depth == 0 {
                        let inner = self.text[start..self.pos].to_string();
                        self.pos += 1;
                        return Ok(Some(Token { tok: Tok::Id(inner, IdKind::Html), line }));
                    }
                }
                b'\n' => self.line += 1,
                _ => {}
            }
            self.pos += 1;
        }
        Err(error(
            line,
            "an HTML-like label opened with '<' on this line never closes: add the closing '>'",
        ))
    }
}

/// Bytes of an unquoted id: letters, digits, `_`, `.` and anything beyond ASCII.
fn is_id_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c >= 0x80
}

/// What the top level of the file says about the tool that wrote it.
#[derive(Debug, Default)]
struct TopLevel {
    name: Option<String>,
    rankdir: Option<String>,
    concentrate: bool,
    node_defaults: Vec<(String, String)>,
    owns_or_uses_edges: bool,
    record_labels: bool,
}

impl TopLevel {
    fn node_default(&self, key: &str) -> Option<&str> {
        self.node_defaults.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// The tool that writes a file like this one, when its marks are clear: pydeps writes
    /// `digraph G`, `concentrate = true` and `node [style=filled, …, fontname=Helvetica,
    /// fontsize=10]`; pyreverse names its graph `packages_…`; madge (through Graphviz) writes
    /// `digraph G` with box-shaped, rounded nodes; cargo-modules writes record labels and
    /// `owns`/`uses` edges.
    fn tool(&self) -> Option<Tool> {
        let named_g = self.name.as_deref() == Some("G");
        if named_g
            && self.node_default("style") == Some("filled")
            && self.node_default("fontname") == Some("Helvetica")
            && (self.concentrate || self.rankdir.is_some())
        {
            return Some(Tool::Pydeps);
        }
        if self.name.as_deref().is_some_and(|n| n.starts_with("packages_")) {
            return Some(Tool::Pyreverse);
        }
        if self.owns_or_uses_edges && self.record_labels {
            return Some(Tool::CargoModules);
        }
        if named_g
            && self.node_default("shape") == Some("box")
            && self.node_default("style") == Some("rounded")
        {
            return Some(Tool::Madge);
        }
        None
    }
}

struct Parser<'a> {
    lx: Lexer<'a>,
    b: Builder,
    top: TopLevel,
}

type Attrs = Vec<(String, String, IdKind)>;

impl Parser<'_> {
    /// `[strict] (graph | digraph) [ID] { stmt_list }`, and nothing after it.
    fn graph(&mut self) -> Result<(), ImportError> {
        let first = self.lx.next()?;
        let mut tok = first.clone();
        if tok.as_ref().and_then(Token::keyword).as_deref() == Some("strict") {
            tok = self.lx.next()?;
        }
        let header_line = first.as_ref().map_or(1, |t| t.line);
        match tok.as_ref().and_then(Token::keyword).as_deref() {
            Some("graph" | "digraph") => {}
            _ => return Err(error(
                tok.as_ref().map_or(header_line, |t| t.line),
                "expected 'digraph' or 'graph' at the start of the file, as every DOT file begins",
            )),
        }
        let mut open = self.lx.next()?;
        if let Some(Token { tok: Tok::Id(name, _), .. }) = &open {
            self.top.name = Some(name.clone());
            open = self.lx.next()?;
        }
        match open {
            Some(Token { tok: Tok::LBrace, .. }) => {}
            Some(t) => {
                return Err(error(
                    t.line,
                    format!("expected '{{' after the graph's header, found {}", describe(&t.tok)),
                ))
            }
            None => {
                return Err(error(
                    self.lx.line,
                    "the file ends after the graph's header: expected '{'",
                ))
            }
        }
        self.stmt_list(true, None)?;
        if let Some(t) = self.lx.next()? {
            return Err(error(
                t.line,
                "there is more after the graph's closing '}': a file holds one graph",
            ));
        }
        Ok(())
    }

    /// Statements up to the closing `}`; the mentions of every node inside, nested subgraphs
    /// included. `opened` is the line of a subgraph's `{`.
    fn stmt_list(&mut self, top: bool, opened: Option<usize>) -> Result<Vec<usize>, ImportError> {
        let mut inside = Vec::new();
        loop {
            let Some(t) = self.lx.next()? else {
                return Err(match opened {
                    Some(line) => error(
                        self.lx.line,
                        format!("the file ends inside the subgraph opened on line {line}: add its closing '}}'"),
                    ),
                    None => error(self.lx.line, "the file ends before the graph's closing '}'"),
                });
            };
            match (&t.tok, t.keyword().as_deref()) {
                (Tok::RBrace, _) => return Ok(inside),
                (Tok::Semi, _) => {}
                (_, Some(kw @ ("graph" | "node" | "edge"))) => {
                    let kw = kw.to_string();
                    if !matches!(self.lx.peek()?, Some(Token { tok: Tok::LBracket, .. })) {
                        return Err(error(t.line, format!("expected '[' after '{kw}'")));
                    }
                    let attrs = self.attr_lists()?;
                    if top {
                        self.top_attrs(&kw, attrs);
                    }
                }
                (Tok::LBrace, _) | (_, Some("subgraph")) => {
                    let first = self.subgraph(t)?;
                    self.edges_from(first, &mut inside)?;
                }
                (Tok::Id(id, _), _) => {
                    if matches!(self.lx.peek()?, Some(Token { tok: Tok::Eq, .. })) {
                        self.lx.next()?;
                        let value = self.value(id, t.line)?;
                        if top {
                            self.top_attrs("graph", vec![(id.clone(), value.0, value.1)]);
                        }
                        continue;
                    }
                    let m = self.node_id(id, t.line)?;
                    if matches!(self.lx.peek()?, Some(Token { tok: Tok::Edge(_), .. })) {
                        self.edges_from(vec![m], &mut inside)?;
                    } else {
                        inside.push(m);
                        let attrs = self.attr_lists()?;
                        self.node_attrs(m, &attrs);
                    }
                }
                _ => {
                    return Err(error(
                        t.line,
                        format!(
                            "expected a node, an edge or an attribute, found {}",
                            describe(&t.tok)
                        ),
                    ))
                }
            }
        }
    }

    fn top_attrs(&mut self, kind: &str, attrs: Attrs) {
        for (key, value, _) in attrs {
            match (kind, key.as_str()) {
                ("graph", "rankdir") => self.top.rankdir = Some(value.to_ascii_uppercase()),
                ("graph", "concentrate") => self.top.concentrate = value == "true",
                ("node", _) => self.top.node_defaults.push((key, value)),
                _ => {}
            }
        }
    }

    /// A node id and its port, if any; its mention.
    fn node_id(&mut self, id: &str, line: usize) -> Result<usize, ImportError> {
        if id.is_empty() {
            return Err(error(line, "a node has an empty name"));
        }
        let m = self.b.mention(id);
        // Ports (`a:p`, `a:p:n`) say where an edge meets the node; they name no node.
        for _ in 0..2 {
            if matches!(self.lx.peek()?, Some(Token { tok: Tok::Colon, .. })) {
                let colon = self.lx.next()?.map_or(line, |t| t.line);
                match self.lx.next()? {
                    Some(Token { tok: Tok::Id(..), .. }) => {}
                    _ => return Err(error(colon, "expected a port name after ':'")),
                }
            }
        }
        Ok(m)
    }

    /// `subgraph [ID] { … }` or `{ … }`, `t` being its first token; the mentions inside.
    fn subgraph(&mut self, t: Token) -> Result<Vec<usize>, ImportError> {
        let mut open = t;
        if open.tok != Tok::LBrace {
            let next = self.lx.next()?;
            open = match next {
                Some(Token { tok: Tok::Id(..), .. }) => match self.lx.next()? {
                    Some(t) => t,
                    None => {
                        return Err(error(self.lx.line, "expected '{' after the subgraph's name"))
                    }
                },
                Some(t) => t,
                None => return Err(error(self.lx.line, "expected '{' after 'subgraph'")),
            };
            if open.tok != Tok::LBrace {
                return Err(error(open.line, "expected '{' after 'subgraph'"));
            }
        }
        self.stmt_list(false, Some(open.line))
    }

    /// An edge chain whose first operand is `first` (`first -> b -> {c d} [attrs]`), or, when
    /// no edge follows, `first` alone (a subgraph). Every mention goes into `inside`.
    fn edges_from(
        &mut self,
        first: Vec<usize>,
        inside: &mut Vec<usize>,
    ) -> Result<(), ImportError> {
        let mut operands = vec![first];
        while let Some(Token { tok: Tok::Edge(directed), line }) = self.lx.peek()?.cloned() {
            self.lx.next()?;
            let op = if directed { "->" } else { "--" };
            let Some(t) = self.lx.next()? else {
                return Err(error(line, format!("expected a node name after '{op}'")));
            };
            let operand = match (&t.tok, t.keyword().as_deref()) {
                (Tok::LBrace, _) | (_, Some("subgraph")) => self.subgraph(t)?,
                (_, Some("graph" | "node" | "edge" | "digraph" | "strict")) => {
                    return Err(error(line, format!("expected a node name after '{op}'")))
                }
                (Tok::Id(id, _), _) => vec![self.node_id(id, t.line)?],
                _ => return Err(error(line, format!("expected a node name after '{op}'"))),
            };
            operands.push(operand);
        }
        let attrs = self.attr_lists()?;
        let skipped = attrs.iter().any(|(k, v, _)| {
            (k == "label" && v == "owns")
                || (k == "style" && v.split(',').any(|s| s.trim() == "invis"))
        });
        if attrs.iter().any(|(k, v, _)| k == "label" && (v == "owns" || v == "uses")) {
            self.top.owns_or_uses_edges = true;
        }
        if operands.len() > 1 && !skipped {
            for pair in operands.windows(2) {
                let from = self.distinct(&pair[0]);
                let to = self.distinct(&pair[1]);
                for &a in &from {
                    for &b in &to {
                        if !self.b.edge(a, b, 1, None) {
                            return Err(ImportError::TooManyImports);
                        }
                    }
                }
            }
        }
        for operand in operands {
            inside.extend(operand);
        }
        Ok(())
    }

    /// One mention per node of a subgraph, so `{a a} -> b` is one edge.
    fn distinct(&self, mentions: &[usize]) -> Vec<usize> {
        let mut out = mentions.to_vec();
        crate::engine::order::sort_by(&mut out, |a, b| {
            self.b.mentions[*a].cmp(&self.b.mentions[*b])
        });
        out.dedup_by(|a, b| self.b.mentions[*a] == self.b.mentions[*b]);
        out
    }

    /// `[a=1, b=2] [c=3]`, or nothing.
    fn attr_lists(&mut self) -> Result<Attrs, ImportError> {
        let mut attrs = Vec::new();
        while let Some(Token { tok: Tok::LBracket, line: opened }) = self.lx.peek()?.cloned() {
            self.lx.next()?;
            loop {
                let Some(t) = self.lx.next()? else {
                    return Err(error(
                        opened,
                        "the attribute list opened with '[' on this line never closes: add ']'",
                    ));
                };
                match t.tok {
                    Tok::RBracket => break,
                    Tok::Comma | Tok::Semi => {}
                    Tok::Id(key, _) => {
                        if matches!(self.lx.peek()?, Some(Token { tok: Tok::Eq, .. })) {
                            self.lx.next()?;
                            let (value, kind) = self.value(&key, t.line)?;
                            attrs.push((key, value, kind));
                        } else {
                            // `[constraint]` alone: Graphviz wants a value; read it as true.
                            attrs.push((key, "true".to_string(), IdKind::Plain));
                        }
                    }
                    other => {
                        return Err(error(
                            t.line,
                            format!(
                                "expected an attribute name inside '[…]', found {}",
                                describe(&other)
                            ),
                        ))
                    }
                }
            }
        }
        Ok(attrs)
    }

    fn value(&mut self, key: &str, line: usize) -> Result<(String, IdKind), ImportError> {
        match self.lx.next()? {
            Some(Token { tok: Tok::Id(v, kind), .. }) => Ok((v, kind)),
            _ => Err(error(
                line,
                format!("expected a value after '{}='", crate::validate::shorten(key)),
            )),
        }
    }

    fn node_attrs(&mut self, m: usize, attrs: &Attrs) {
        for (key, value, kind) in attrs {
            if key != "label" {
                continue;
            }
            let id = self.b.mentions[m].clone();
            let graph = self.top.name.clone().unwrap_or_default();
            let text = match kind {
                IdKind::Html => html_text(value),
                _ => label_text(value, &id, &graph),
            };
            let (text, external) = if text.contains('|') && *kind != IdKind::Html {
                self.top.record_labels = true;
                record_field(&text)
            } else {
                (text, false)
            };
            if external {
                self.b.external.push(m);
            }
            self.b.labels.push((m, text));
        }
    }
}

/// A label's text with Graphviz's escapes read: `\N` is the node's id, `\G` the graph's name,
/// `\n`, `\l` and `\r` break the line, any other `\x` is `x`. Broken lines are joined without a
/// space after a separator (pydeps breaks `django.\ncontrib`), with one otherwise.
fn label_text(raw: &str, id: &str, graph: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            line.push(c);
            continue;
        }
        match chars.next() {
            Some('N') => line.push_str(id),
            Some('G') => line.push_str(graph),
            Some('n' | 'l' | 'r') => lines.push(std::mem::take(&mut line)),
            Some(other) => line.push(other),
            None => {}
        }
    }
    lines.push(line);
    join_lines(lines)
}

fn join_lines(lines: Vec<String>) -> String {
    let mut out = String::new();
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let glued =
            out.is_empty() || out.ends_with(['.', '/', ':']) || line.starts_with(['.', '/', ':']);
        if !glued {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

/// The text of an HTML-like label: its tags removed (`<br/>` breaks the line), its entities
/// read.
fn html_text(raw: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut rest = raw;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let end = rest.find('>').map_or(rest.len(), |e| e + 1);
            if rest[..end].to_ascii_lowercase().starts_with("<br") {
                lines.push(std::mem::take(&mut line));
            }
            rest = &rest[end..];
            continue;
        }
        if c == '&' {
            let entity = rest.find(';').filter(|e| *e <= 8).map(|e| &rest[..=e]);
            let ch = match entity {
                Some("&amp;") => Some('&'),
                Some("&lt;") => Some('<'),
                Some("&gt;") => Some('>'),
                Some("&quot;") => Some('"'),
                Some("&apos;") => Some('\''),
                Some("&nbsp;") => Some(' '),
                _ => None,
            };
            if let (Some(ch), Some(entity)) = (ch, entity) {
                line.push(ch);
                rest = &rest[entity.len()..];
                continue;
            }
        }
        line.push(c);
        rest = &rest[c.len_utf8()..];
    }
    lines.push(line);
    join_lines(lines)
}

/// The last field of a record label (`{<p> a | b}`: fields split at `|`, braces and ports
/// dropped), and whether the first field says "external".
fn record_field(text: &str) -> (String, bool) {
    let fields: Vec<String> = text
        .split('|')
        .map(|f| {
            let f = f.trim().trim_matches(['{', '}']).trim();
            let f = match (f.starts_with('<'), f.find('>')) {
                (true, Some(end)) => &f[end + 1..],
                _ => f,
            };
            f.trim().to_string()
        })
        .collect();
    let external = fields.first().is_some_and(|f| f.starts_with("external"));
    let last = fields.into_iter().rev().find(|f| !f.is_empty()).unwrap_or_default();
    (last, external)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The graph as `from -> to ×count` lines, by name.
    fn edges(text: &str) -> Vec<String> {
        let g = parse_dot(text).unwrap_or_else(|e| panic!("{e}"));
        g.edges
            .iter()
            .map(|e| {
                let (a, b) = (&g.nodes[e.from].name, &g.nodes[e.to].name);
                if e.count == 1 {
                    format!("{a} -> {b}")
                } else {
                    format!("{a} -> {b} x{}", e.count)
                }
            })
            .collect()
    }

    fn refusal(text: &str) -> String {
        parse_dot(text).map(|_| "read".to_string()).unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn chains_subgraphs_and_ports_make_every_edge_once() {
        assert_eq!(
            edges("digraph { a -> b -> c; {x y} -> z; p:out:n -> q:in }"),
            ["a -> b", "b -> c", "p -> q", "x -> z", "y -> z"]
        );
        assert_eq!(
            edges("strict digraph deps { subgraph cluster_1 { a; b } -> { c } a -> c }"),
            ["a -> c x2", "b -> c"]
        );
        assert_eq!(edges("graph { a -- b -- a }"), ["a -> b", "b -> a"]);
        assert_eq!(edges("digraph { {a a} -> b }"), ["a -> b"]);
    }

    #[test]
    fn quoted_ids_keep_their_escapes_and_join_with_plus() {
        let g =
            parse_dot("digraph { \"a \\\"b\\\"\" -> \"x\" + \"y\"; \"long\\\nname\" }").unwrap();
        let ids: Vec<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["a \"b\"", "longname", "xy"]);
    }

    #[test]
    fn labels_name_nodes_when_they_read_as_paths() {
        let g = parse_dot(
            r#"digraph { a_b [label="a\.\nb\.\nc"]; n1 [label="Billing service"]; n2 [label=<x.<b>y</b>>];
               "crate::m" [label="pub(crate) mod|crate::m"]; "core::fmt" [label="external mod|core::fmt"]; n3 [label="\N"] }"#,
        )
        .unwrap();
        let names: Vec<(&str, &str, bool)> =
            g.nodes.iter().map(|n| (n.id.as_str(), n.name.as_str(), n.external)).collect();
        assert_eq!(
            names,
            [
                ("a_b", "a.b.c", false),
                ("core::fmt", "core::fmt", true),
                ("crate::m", "crate::m", false),
                ("n1", "n1", false),
                ("n2", "x.y", false),
                ("n3", "n3", false),
            ]
        );
    }

    #[test]
    fn comments_attributes_and_defaults_are_skipped() {
        let text = "# generated\n/* a\n comment */ digraph G { // line\n rankdir=LR; node [shape=box]; edge [color=red]\n graph [bgcolor=\"#fff\"]\n a -> b [weight=2] [minlen=1]; c -> d [style=invis]; e -> f [label=owns] }";
        assert_eq!(edges(text), ["a -> b"]);
    }

    #[test]
    fn broken_files_are_refused_with_the_line() {
        assert_eq!(refusal("digraph {\n a ->\n}"), "Line 2: expected a node name after '->'.");
        assert_eq!(
            refusal("digraph {\n a -> b\n c -> \"d\n}\n"),
            "Line 3: a quoted name opened on this line never closes: add the closing '\"'."
        );
        assert_eq!(
            refusal("digraph {\n a -> b"),
            "Line 2: the file ends before the graph's closing '}'."
        );
        assert_eq!(refusal("hello -> world"), "Line 1: expected 'digraph' or 'graph' at the start of the file, as every DOT file begins.");
        assert_eq!(refusal("digraph { a [label=] }"), "Line 1: expected a value after 'label='.");
        assert_eq!(
            refusal("digraph {\n\n a [label=x\n}"),
            "Line 4: expected an attribute name inside '[…]', found '}'."
        );
        assert_eq!(
            refusal("digraph { a -> b }\ndigraph { c }"),
            "Line 2: there is more after the graph's closing '}': a file holds one graph."
        );
        assert_eq!(
            refusal("digraph { /* open"),
            "Line 1: a comment opened with '/*' never closes: add '*/' where it ends."
        );
        assert_eq!(
            refusal("digraph {\n subgraph s {\n a"),
            "Line 3: the file ends inside the subgraph opened on line 2: add its closing '}'."
        );
        assert_eq!(refusal("digraph { a -> node }"), "Line 1: expected a node name after '->'.");
        assert_eq!(refusal("digraph { \"\" }"), "Line 1: a node has an empty name.");
        assert_eq!(refusal("digraph { a @ b }"), "Line 1: unexpected '@'.");
        assert_eq!(
            refusal("digraph { }"),
            "The file names no modules, so there is nothing to import."
        );
    }

    #[test]
    fn pydeps_arrows_are_turned_round_unless_asked_otherwise() {
        let pydeps = "digraph G {\n concentrate = true;\n rankdir = TB;\n node [style=filled,fillcolor=\"#ffffff\",fontcolor=\"#000000\",fontname=Helvetica,fontsize=10];\n a_models -> a_views;\n}";
        let g = parse_dot(pydeps).unwrap();
        assert_eq!((g.tool, g.reversed), (Some(Tool::Pydeps), true));
        assert_eq!((g.nodes[g.edges[0].from].id.as_str()), "a_views");
        let reverse = pydeps.replace("TB", "BT");
        assert!(!parse_dot(&reverse).unwrap().reversed, "--reverse flips rankdir too");
        let forced = parse_dot_with(pydeps, &DotOptions { arrows: Arrows::ToImported }).unwrap();
        assert!(!forced.reversed);
        let plain =
            parse_dot_with("digraph { a -> b }", &DotOptions { arrows: Arrows::ToImporter })
                .unwrap();
        assert_eq!(plain.nodes[plain.edges[0].from].id, "b");
    }
}
