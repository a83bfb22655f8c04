//! The page's side of the analysis worker (static/analysis-worker.js): one worker, one analysis at a
//! time; a newer text waiting behind the running one replaces any older waiting text, so a burst of
//! edits costs at most two analyses. If the worker cannot start (an old browser, a host that blocks
//! workers) or fails, the page analyses on its own thread as before: slower, never wrong.

use crate::domain::analysis::analyze;
use crate::domain::wire;
use crate::ui::state::{Action, AppState};
use gloo::events::EventListener;
use gloo::utils::document;
use js_sys::{Object, Reflect, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Url, Worker, WorkerOptions, WorkerType};
use yew::UseReducerDispatcher;

const WORKER_SCRIPT: &str = "./analysis-worker.js";
/// Trunk's preload links name the page's own hashed glue and wasm: the worker loads the same files.
const GLUE_LINK: &str = "link[rel=modulepreload][href$='.js']";
const WASM_LINK: &str = "link[rel=preload][href$='.wasm']";

struct Inner {
    worker: Option<Worker>,
    next_id: u32,
    running: Option<(u32, Rc<str>)>,
    waiting: Option<Rc<str>>,
    _listeners: Vec<EventListener>,
}

#[derive(Clone)]
pub struct Background {
    inner: Rc<RefCell<Inner>>,
    dispatch: UseReducerDispatcher<AppState>,
}

impl PartialEq for Background {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Background {
    pub fn new(dispatch: UseReducerDispatcher<AppState>) -> Self {
        let bg = Background {
            inner: Rc::new(RefCell::new(Inner {
                worker: None,
                next_id: 0,
                running: None,
                waiting: None,
                _listeners: Vec::new(),
            })),
            dispatch,
        };
        bg.start();
        bg
    }

    /// Starts the worker; on any failure the page keeps analysing on its own thread.
    fn start(&self) {
        let (Some(glue), Some(wasm), Some(script)) =
            (asset(GLUE_LINK), asset(WASM_LINK), resolve(WORKER_SCRIPT))
        else {
            return;
        };
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let Ok(worker) = Worker::new_with_options(&script, &options) else {
            return;
        };
        let init = Object::new();
        let ok = [
            ("type", "init"),
            ("glue", glue.as_str()),
            ("wasm", wasm.as_str()),
        ]
        .iter()
        .all(|(k, v)| Reflect::set(&init, &(*k).into(), &(*v).into()).is_ok());
        if !ok || worker.post_message(&init).is_err() {
            return;
        }
        let on_message = {
            let bg = self.clone();
            EventListener::new(&worker, "message", move |e| {
                let data = e.dyn_ref::<MessageEvent>().map(MessageEvent::data);
                bg.answered(data.unwrap_or(JsValue::UNDEFINED));
            })
        };
        let on_error = {
            let bg = self.clone();
            EventListener::new(&worker, "error", move |_| bg.failed())
        };
        let mut inner = self.inner.borrow_mut();
        inner.worker = Some(worker);
        inner._listeners = vec![on_message, on_error];
    }

    /// Analyses `text` in the worker. False when there is no worker: the caller analyses itself.
    pub fn analyze(&self, text: Rc<str>) -> bool {
        let mut inner = self.inner.borrow_mut();
        if inner.worker.is_none() {
            return false;
        }
        if inner.running.is_some() {
            inner.waiting = Some(text);
            return true;
        }
        drop(inner);
        self.send(text)
    }

    fn send(&self, text: Rc<str>) -> bool {
        let mut inner = self.inner.borrow_mut();
        let id = inner.next_id;
        inner.next_id = id.wrapping_add(1);
        let message = Object::new();
        let sent = Reflect::set(&message, &"id".into(), &id.into()).is_ok()
            && Reflect::set(&message, &"text".into(), &JsValue::from_str(&text)).is_ok()
            && inner
                .worker
                .as_ref()
                .is_some_and(|w| w.post_message(&message).is_ok());
        if sent {
            inner.running = Some((id, text));
        }
        sent
    }

    fn answered(&self, data: JsValue) {
        let field = |name: &str| Reflect::get(&data, &name.into()).unwrap_or(JsValue::UNDEFINED);
        if field("type").as_string().as_deref() == Some("failed") {
            return self.failed();
        }
        let id = field("id").as_f64().map(|f| f as u32);
        let running = self.inner.borrow_mut().running.take();
        let Some((running_id, text)) = running else {
            return;
        };
        if id != Some(running_id) {
            return;
        }
        let bytes = field("bytes")
            .dyn_into::<Uint8Array>()
            .ok()
            .map(|a| a.to_vec());
        let analysis = match bytes.as_deref().map(wire::decode) {
            Some(Ok(analysis)) => analysis,
            // A damaged answer cannot happen between two copies of one build; if it does, ask here.
            _ => analyze(&text),
        };
        self.dispatch.dispatch(Action::Analyzed {
            text,
            analysis: Rc::new(analysis),
        });
        let waiting = self.inner.borrow_mut().waiting.take();
        if let Some(next) = waiting {
            if !self.send(next.clone()) {
                self.here(next);
            }
        }
    }

    /// The worker is gone: analyse what it had on this thread, and every later text too.
    fn failed(&self) {
        let (running, waiting) = {
            let mut inner = self.inner.borrow_mut();
            if let Some(w) = inner.worker.take() {
                w.terminate();
            }
            (inner.running.take(), inner.waiting.take())
        };
        if let Some(text) = waiting.or(running.map(|(_, t)| t)) {
            self.here(text);
        }
    }

    fn here(&self, text: Rc<str>) {
        let analysis = Rc::new(analyze(&text));
        self.dispatch.dispatch(Action::Analyzed { text, analysis });
    }
}

/// The absolute URL of the `href` of the first element matching `selector`.
fn asset(selector: &str) -> Option<String> {
    let href = document()
        .query_selector(selector)
        .ok()??
        .get_attribute("href")?;
    resolve(&href)
}

fn resolve(href: &str) -> Option<String> {
    let base = document().base_uri().ok()??;
    Url::new_with_base(href, &base).ok().map(|u| u.href())
}
