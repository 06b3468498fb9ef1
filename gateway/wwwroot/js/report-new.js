// "Gửi phản ánh": the browser's location on request, and "Có phải phản ánh này?" before the first send.
(function () {
    const form = document.getElementById('report-form');
    if (!form) return;
    const ward = form.dataset.ward;
    const value = id => document.getElementById(id).value;
    document.getElementById('locate').addEventListener('click', () => {
        if (!navigator.geolocation) return;
        navigator.geolocation.getCurrentPosition(p => {
            document.getElementById('latitude').value = p.coords.latitude.toFixed(6);
            document.getElementById('longitude').value = p.coords.longitude.toFixed(6);
            document.getElementById('location').textContent = p.coords.latitude.toFixed(5) + ', ' + p.coords.longitude.toFixed(5);
        });
    });
    let checked = false;
    form.addEventListener('submit', async event => {
        if (checked || event.submitter?.name === 'followId' || !value('category')) return;
        event.preventDefault();
        checked = true;
        const query = new URLSearchParams({ category: value('category'), street: value('street') });
        if (value('neighbourhoodId')) query.set('neighbourhoodId', value('neighbourhoodId'));
        if (value('latitude')) { query.set('lat', value('latitude')); query.set('lon', value('longitude')); }
        let found = [];
        try {
            const response = await fetch('/api/reports/public/wards/' + encodeURIComponent(ward) + '/similar?' + query, { credentials: 'omit' });
            if (response.ok) found = await response.json();
        } catch { /* no suggestions: send as is */ }
        if (found.length === 0) { form.requestSubmit(document.getElementById('send')); return; }
        const list = document.getElementById('similar-list');
        list.replaceChildren(...found.map(r => {
            const item = document.createElement('li');
            const text = document.createElement('span');
            text.textContent = r.reference + ' · ' + r.category + ' · ' + r.address + ' · ' + r.statusLabel +
                (r.distanceMetres != null ? ' · cách ' + r.distanceMetres + ' m' : '');
            const follow = document.createElement('button');
            follow.type = 'submit'; follow.name = 'followId'; follow.value = r.id; follow.formNoValidate = true;
            follow.formAction = '?handler=follow&ward=' + encodeURIComponent(ward);
            follow.className = 'follow'; follow.textContent = 'Theo dõi phản ánh này';
            item.append(text, ' ', follow);
            return item;
        }));
        document.getElementById('similar').hidden = false;
        document.getElementById('send').hidden = true;
    });
})();
